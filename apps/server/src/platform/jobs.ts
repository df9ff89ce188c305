import { sql } from 'drizzle-orm';
import { one, type Db } from './db';
import { AppError } from './errors';
import { newId } from './ids';

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed';
export type JobView = {
  id: string;
  kind: string;
  state: JobState;
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; params?: Record<string, unknown> } | null;
  createdAt: string;
  finishedAt: string | null;
};

export type JobProgress = (done: number, total: number) => void;
export type JobHandler = (progress: JobProgress) => Promise<unknown>;

/**
 * Runs long work in this process and keeps its state in the `job` table. Progress is held in memory
 * while a job runs (a long transaction on the single-connection embedded database would otherwise
 * stall the polls) and written to the table when it ends.
 */
export class JobRunner {
  private live = new Map<
    string,
    { done: number; total: number; kind: string; createdBy: string | null; createdAt: string }
  >();
  private running = new Set<Promise<unknown>>();

  /**
   * @param persistProgress write progress to the table about once a second, so that other instances
   * behind a load balancer can answer polls (on PostgreSQL; the embedded database has one instance).
   */
  constructor(
    private readonly db: Db,
    private readonly log: { error(obj: object, msg: string): void },
    private readonly persistProgress = false,
  ) {}

  async start(kind: string, createdBy: string | null, handler: JobHandler): Promise<string> {
    const id = newId();
    await this.db.execute(sql`INSERT INTO job (id, kind, state, created_by) VALUES (${id}, ${kind}, 'running', ${createdBy})`);
    this.live.set(id, { done: 0, total: 0, kind, createdBy, createdAt: new Date().toISOString() });
    const p = this.run(id, handler).finally(() => this.running.delete(p));
    this.running.add(p);
    return id;
  }

  private async run(id: string, handler: JobHandler) {
    try {
      let lastWrite = 0;
      const result = await handler((done, total) => {
        const l = this.live.get(id);
        if (l) Object.assign(l, { done, total });
        if (this.persistProgress && Date.now() - lastWrite > 1000) {
          lastWrite = Date.now();
          this.db
            .execute(sql`UPDATE job SET progress_done = ${done}, progress_total = ${total} WHERE id = ${id}`)
            .catch(() => undefined);
        }
      });
      const pr = this.live.get(id) ?? { done: 0, total: 0 };
      await this.db.execute(sql`UPDATE job SET state = 'succeeded', result = ${JSON.stringify(result ?? null)}::jsonb,
        progress_done = ${pr.total || pr.done}, progress_total = ${pr.total}, finished_at = now() WHERE id = ${id}`);
    } catch (err) {
      const error =
        err instanceof AppError ? { code: err.code, params: err.params, details: err.details } : { code: 'INTERNAL' };
      if (!(err instanceof AppError)) this.log.error({ err, jobId: id }, 'job failed');
      const pr = this.live.get(id) ?? { done: 0, total: 0 };
      await this.db
        .execute(
          sql`UPDATE job SET state = 'failed', error = ${JSON.stringify(error)}::jsonb, progress_done = ${pr.done},
            progress_total = ${pr.total}, finished_at = now() WHERE id = ${id}`,
        )
        .catch((e: unknown) => this.log.error({ err: e }, 'could not record job failure'));
    } finally {
      this.live.delete(id);
    }
  }

  /** A job is visible to the account that started it. */
  async get(id: string, accountId: string): Promise<JobView> {
    const live = this.live.get(id);
    if (live) {
      // Answered from memory: a running job may hold the embedded database's only connection.
      if (live.createdBy !== accountId) throw new AppError('NOT_FOUND');
      const { done, total, kind, createdAt } = live;
      return { id, kind, state: 'running', progress: { done, total }, result: null, error: null, createdAt, finishedAt: null };
    }
    const row = await one<{
      id: string;
      kind: string;
      state: JobState;
      progressDone: number;
      progressTotal: number;
      result: unknown;
      error: JobView['error'];
      createdBy: string | null;
      createdAt: string;
      finishedAt: string | null;
    }>(
      this.db,
      sql`SELECT id, kind, state, progress_done AS "progressDone", progress_total AS "progressTotal", result, error,
                 created_by AS "createdBy", created_at AS "createdAt", finished_at AS "finishedAt"
          FROM job WHERE id = ${id}`,
    );
    if (!row || row.createdBy !== accountId) throw new AppError('NOT_FOUND');
    return {
      id: row.id,
      kind: row.kind,
      state: row.state,
      progress: { done: row.progressDone, total: row.progressTotal },
      result: row.result,
      error: row.error,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    };
  }

  /** Waits for running jobs (graceful shutdown and tests). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
