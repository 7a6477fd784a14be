import { defineConfig } from 'vite';
import { reactRouter } from '@react-router/dev/vite';
import { contentPlugins } from './src/buildtime/vite-plugins.ts';
import { basePath } from './src/buildtime/base-path.ts';

export default defineConfig({
  base: basePath(),
  plugins: [...contentPlugins(), reactRouter()],
  build: { target: 'es2022' },
  define: { __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)) },
});
