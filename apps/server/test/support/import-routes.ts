type AppModule = typeof import('../../src/app');

/**
 * vi.mock factory for src/app: registers peopleImportRoutes after buildApp's own plugins (before the
 * app is ready) while app.ts does not register them itself; a no-op once it does.
 */
export async function withImportRoutes(importOriginal: () => Promise<AppModule>): Promise<AppModule> {
  const original = await importOriginal();
  const { peopleImportRoutes } = await import('../../src/modules/people/people-import.routes');
  const buildApp: AppModule['buildApp'] = async (opts) => {
    const app = await original.buildApp(opts);
    if (!app.hasRoute({ method: 'POST', url: '/api/v1/people/imports' })) {
      await app.register(peopleImportRoutes, { deps: opts });
    }
    return app;
  };
  return { ...original, buildApp };
}
