import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ZHIBU_DEMO: bool.default(false),
  ZHIBU_DEMO_ACTIVITY: bool.default(true),
  ZHIBU_TIMEZONE: z.string().default('Asia/Shanghai'),
  TRUST_PROXY: bool.default(false),
  COOKIE_SECURE: bool.default(false),
  WEB_DIST: z.string().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  SMTP_FROM: z.string().min(3).default('Zhibu <zhibu@localhost>'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  demo: boolean;
  /** With demo mode: also give the demo enterprise this year's meetings, points, ratings and so on. */
  demoActivity: boolean;
  timeZone: string;
  trustProxy: boolean;
  cookieSecure: boolean;
  webDist: string | undefined;
  smtpUrl: string | undefined;
  smtpFrom: string;
};

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws ConfigError with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (配置无效):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  try {
    new Intl.DateTimeFormat('en', { timeZone: e.ZHIBU_TIMEZONE });
  } catch {
    throw new ConfigError(`Invalid configuration (配置无效):\n  ZHIBU_TIMEZONE: unknown time zone "${e.ZHIBU_TIMEZONE}"`);
  }
  const dataDir = path.resolve(e.DATA_DIR);
  let secret = e.SESSION_SECRET;
  if (!secret) {
    if (e.DATABASE_URL) {
      // Several instances share one PostgreSQL: they must agree on the secret, so it cannot be generated.
      throw new ConfigError(
        'Invalid configuration (配置无效):\n  SESSION_SECRET: required (≥ 32 characters) when DATABASE_URL is set',
      );
    }
    secret = readOrCreateSecret(dataDir);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: secret,
    logLevel: e.LOG_LEVEL,
    demo: e.ZHIBU_DEMO,
    demoActivity: e.ZHIBU_DEMO_ACTIVITY,
    timeZone: e.ZHIBU_TIMEZONE,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    webDist: e.WEB_DIST,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
