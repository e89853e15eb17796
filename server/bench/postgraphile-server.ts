import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/** The peer: stock PostGraphile 5 (amber preset) over the bench database, pool of POOL_SIZE. */
const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  // It hides relations, filters and orders over unindexed columns; the bench asks for Mujtama's reads.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolConfig: { max: Number(process.env.POOL_SIZE) },
    }),
  ],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const server = createServer();
postgraphile(preset).createServ(grafserv).addTo(server);
server.listen(Number(process.env.PORT), () => console.log('PostGraphile ready'));
