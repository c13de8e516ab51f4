import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJobStatus } from '../../../shared/api/calls/publishing';
import type { ExportFormat } from '../../../shared/export/formats';
import { api } from '../api';

const POLL_MS = 150;

/** Runs one export at a time in main, polling its progress until it ends. */
export function useExportJob() {
  const [status, setStatus] = useState<ExportJobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const stopPolling = () => window.clearTimeout(timer.current);
  useEffect(() => stopPolling, []);

  const poll = useCallback((jobId: string) => {
    timer.current = window.setTimeout(async () => {
      try {
        const next = await api().exportStatus({ jobId });
        setStatus(next);
        if (next.state === 'running') poll(jobId);
      } catch (e) {
        setError((e as Error).message);
      }
    }, POLL_MS);
  }, []);

  const start = useCallback(
    async (format: ExportFormat, path: string, brandName?: string) => {
      setError(null);
      try {
        const started = await api().startExport({ format, path, brandName });
        setStatus(started);
        poll(started.jobId);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [poll],
  );

  const cancel = useCallback(async () => {
    if (!status) return;
    try {
      setStatus(await api().cancelExport({ jobId: status.jobId }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [status]);

  const reset = useCallback(() => {
    stopPolling();
    setStatus(null);
    setError(null);
  }, []);

  return { status, error, start, cancel, reset };
}
