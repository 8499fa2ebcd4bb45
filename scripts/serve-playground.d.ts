import type { Server } from 'node:http';

export interface RunningPlaygroundServer {
  /** http://127.0.0.1:PORT/playground.html */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  server: Server;
  /** Stops the server and drops open connections; awaitable, or with a callback as http.Server's. */
  close(callback?: (error?: Error) => void): Promise<void>;
  closeAllConnections(): void;
}

/** Serves dist/playground/ on 127.0.0.1; port defaults to $PORT, then 8080; 0 picks a free port. */
/** root: the folder served (dist/playground/); page: the page / redirects to; csp: the policy kind sent with HTML (scripts/content-security-policy.js). */
export function startPlaygroundServer(
  port?: number,
  options?: { root?: string; page?: string; csp?: 'office' | 'playground' | 'help' },
): Promise<RunningPlaygroundServer>;
export const DEFAULT_PORT: number;
export const PAGE: string;
