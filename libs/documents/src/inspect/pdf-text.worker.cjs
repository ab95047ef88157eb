// @ts-check
// Runs as a child process started by pdf-text.ts (plain CommonJS, so Jest and the build can both
// start it as it is): reads one PDF with unpdf (PDF.js) and sends back { status, text } or
// { status, reason }. Arguments: the file's path and the most characters to send.
'use strict';
const { readFile } = require('node:fs/promises');

/** @param {unknown} error */
function reasonFor(error) {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'PDF-filen är krypterad med lösenord, så texten kan inte läsas ut för sökning.';
  if (name === 'InvalidPDFException') return 'PDF-filen är skadad, så texten kan inte läsas ut för sökning.';
  return 'Texten i PDF-filen kunde inte läsas ut för sökning.';
}

/** @param {string} path @param {number} maxChars */
async function extract(path, maxChars) {
  const { getDocumentProxy, extractText } = require('unpdf');
  const data = new Uint8Array(await readFile(path));
  // No eval: font programs never become JavaScript (the CVE-2024-4367 class of bug).
  const pdf = await getDocumentProxy(data, { isEvalSupported: false, verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const joined = text
      .map((page) => page.trim())
      .filter(Boolean)
      .join('\n\n')
      .slice(0, maxChars);
    if (!joined) return { status: 'failed', reason: 'Ingen text hittades – troligen en inskannad bild utan textlager.' };
    return { status: 'done', text: joined };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** @param {object} message */
function reply(message) {
  process.send?.(message, () => process.exit(0));
}

const [path, maxChars] = process.argv.slice(2);
extract(path, Number(maxChars)).then(reply, (error) => reply({ status: 'failed', reason: reasonFor(error) }));
