// The server modules the benchmarks import use the request and reply decorations of these Fastify
// plugins. The server's app.ts imports the plugins and so brings their types in; the bench programs
// do not load app.ts, so they reference the types here.
import type {} from '@fastify/cookie';
import type {} from '@fastify/multipart';
