import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** In development, serve the playground at /playground as the server does in production. */
const playgroundRoute: Plugin = {
  name: 'mujtama-playground-route',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      if (request.url === '/playground') request.url = '/playground.html';
      next();
    });
  },
};

export default defineConfig({
  // Relative asset URLs let the server serve dist/ as static files under any path.
  base: './',
  plugins: [react(), playgroundRoute],
  build: {
    // Tells which chunks each page loads up front (the sign-in page's size is checked from it).
    manifest: true,
    // Monaco (the playground's editor, 2.8 MB) is the largest chunk; only /playground loads it.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: { admin: page('index.html'), playground: page('playground.html') },
      output: {
        // graphql is for the data provider and the playground, both loaded on demand; left to itself,
        // the bundler put its parser in the chunk with React that the sign-in page loads.
        codeSplitting: { groups: [{ name: 'graphql', test: /[\\/]node_modules[\\/]graphql[\\/]/ }] },
      },
      onLog(level, log, handler) {
        // GraphiQL's modules carry React Compiler directives that bundling drops harmlessly.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    proxy: { '/graphql': process.env.MUJTAMA_URL ?? 'http://localhost:4000' },
  },
});
