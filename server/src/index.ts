import 'reflect-metadata';
import { ensureFirstAdmin } from './auth/bootstrap';
import { loadConfig } from './config';
import { prepareDatabase } from './database';
import { createApp } from './http';
import { openOrm } from './orm';

async function main() {
  const config = loadConfig();
  const orm = await openOrm(config.database);
  // Building the schema needs no database: it goes on while PostgreSQL answers or, on SQLite, while
  // the first administrator's password is hashed on libuv's threads.
  const [, { app }] = await Promise.all([
    prepareDatabase(orm).then(() => ensureFirstAdmin(orm)),
    createApp(orm, config),
  ]);
  const server = app.listen(config.port, () => {
    const base = `http://localhost:${config.port}`;
    console.log(
      `Mujtama on ${config.database.type}: admin ${base}/  API ${base}/graphql  playground ${base}/playground`,
    );
  });
  const stop = () => server.close(() => void orm.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
