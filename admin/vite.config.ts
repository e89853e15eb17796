import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  // Relative asset URLs let the server serve dist/ as static files under any path.
  base: './',
  plugins: [react()],
  build: {
    rolldownOptions: {
      input: { admin: page('index.html'), playground: page('playground.html') },
    },
  },
  server: {
    proxy: { '/graphql': process.env.MUJTAMA_URL ?? 'http://localhost:4000' },
  },
});
