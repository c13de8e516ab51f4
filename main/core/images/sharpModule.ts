type Sharp = (typeof import('sharp'))['default'];

let loaded: Promise<Sharp> | undefined;

/** sharp, loaded on first need: libvips takes tens of milliseconds to start, and most exports hold only images that need no decoding. */
export const sharpModule = (): Promise<Sharp> => (loaded ??= import('sharp').then((m) => m.default));
