// The page's first script, small and without React: it starts the first load's requests (the
// session check, and the page's code and first reads: `first-load.ts`), then loads the app
// (`main.tsx`) after the first frame, so the pre-painted header of index.html (and the styles) are
// on screen before the app's code is evaluated and drawn. A tab opened in the background gets no
// frames: the timer loads it there.
import './styles.css';
import { startFirstLoad } from './first-load';

startFirstLoad(window.location.pathname, window.location.search);

let started = false;
function start(): void {
  if (started) return;
  started = true;
  void import('./main');
}
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 200);
