import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs with ids and codes only. Names, free text and card inputs never reach a log:
 * callers log ids, and these paths are redacted in case an object slips through.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'samsyn' },
    redact: {
      paths: [
        'name',
        '*.name',
        'text',
        '*.text',
        'value',
        '*.value',
        'comment',
        '*.comment',
        'activity',
        'data',
      ],
      censor: '[redacted]',
    },
  });
}
