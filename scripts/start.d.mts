// Types of scripts/start.mjs (plain JavaScript, so that `npm start` needs nothing but Node.js).
export function workerCount(env?: Record<string, string | undefined>, cores?: number): number;
