import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
// The header in index.html is painted first; the app's first render (the longest task of a load)
// follows in the next frame, so a slow phone shows the page's frame while it works. A tab opened in
// the background gets no frames: the timer starts it there.
let started = false;
function start(): void {
  if (started || !root) return;
  started = true;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 200);
