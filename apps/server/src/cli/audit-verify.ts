import { verifyAuditChain } from '../platform/audit';
import { loadConfig } from '../platform/config';
import { lockDataDir } from '../platform/data-lock';
import { openDatabase } from '../platform/db';
import { runCli } from './run-cli';

// npm run audit:verify — walks the hash chain and reports the first broken link (exit code 2).
runCli(async () => {
  const config = loadConfig();
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir, 'audit:verify');
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const r = await verifyAuditChain(database.db);
      if (r.ok) {
        console.log(`Audit chain intact: ${r.checked} entries verified. (审计链完整)`);
        return 0;
      }
      const what = r.brokenAt.reason === 'altered' ? 'was altered' : 'does not link to the previous entry (an entry was deleted or inserted)';
      console.error(
        `Audit chain BROKEN at entry #${r.brokenAt.seq} (id ${r.brokenAt.id}): it ${what}. ${r.checked} entries before it verified. (审计链被破坏)`,
      );
      return 2;
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
});
