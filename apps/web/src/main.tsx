// The app, loaded by the page's first script (boot.ts) after the first frame.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initialLang } from './shared/i18n';
import { loadLanguage } from './shared/translate';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
// English, when chosen earlier, is its own chunk: the first render waits for it (Swedish does not wait).
void loadLanguage(initialLang())
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
