import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type Plugin, type Rolldown, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, '..', '..', 'dist', 'web');

/** Writes .br and .gz beside each text file of the build: the hub sends them as they are (@fastify/static preCompressed). */
function precompress(): Plugin {
  return {
    name: 'hub-precompress',
    apply: 'build',
    closeBundle() {
      for (const name of readdirSync(outDir, { recursive: true })) {
        const file = join(outDir, String(name));
        if (!/\.(js|css|html|svg|ico|json)$/.test(file) || !statSync(file).isFile()) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

/**
 * `<link rel="modulepreload">` in index.html for the app (`src/main.tsx`) and the chunks it imports.
 * The page's first script (`boot.ts`) imports the app only after the first frame; without these the
 * browser would learn of the app's code only once boot.ts had arrived and run, one round trip late.
 * Preloading fetches (and may compile) the code; it is evaluated only when boot.ts imports it.
 */
function preloadApp(): Plugin {
  const appChunks = (bundle: Rolldown.OutputBundle): string[] => {
    const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
    const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/main.tsx'));
    if (!app) throw new Error('hub-preload-app: the build has no chunk for src/main.tsx');
    const files: string[] = [];
    const visit = (file: string): void => {
      if (files.includes(file)) return;
      files.push(file);
      const chunk = bundle[file];
      if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
    };
    visit(app.fileName);
    // The entry (boot.ts's chunk) is index.html's own script already.
    return files.filter((file) => !(bundle[file]?.type === 'chunk' && (bundle[file] as Rolldown.OutputChunk).isEntry));
  };
  return {
    name: 'hub-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        return appChunks(ctx.bundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), preloadApp(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // The hub's CSP forbids inline scripts and styles: keep every asset in its own file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3100', changeOrigin: false } },
  },
});
