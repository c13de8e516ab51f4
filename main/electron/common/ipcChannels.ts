/** The only two IPC channels: renderer → main calls, and main → renderer events. */
export const INVOKE_CHANNEL = 'casebook:invoke';
export const EVENT_CHANNEL = 'casebook:event';
