import { STOCKHOLM } from '@hub/core';
import type { ExtractData } from './extract.repository';

const SECTIONS: Record<string, string> = {
  expertise: 'Expertis',
  memberships: 'Medlemskap i nätverk',
  joinRequests: 'Förfrågningar om medlemskap',
  sessions: 'Inloggningar (sessioner)',
  apiTokens: 'API-token',
  notificationSettings: 'Inställningar för aviseringar',
  meetingMailOptOuts: 'Nätverk där du avbeställt mötespost',
  calendarFeeds: 'Kalenderprenumerationer',
  rsvps: 'Svar på mötesinbjudningar',
  acknowledgements: 'Meddelanden du bekräftat',
  reactions: 'Reaktioner',
  posts: 'Inlägg',
  comments: 'Kommentarer',
  messages: 'Chatt- och direktmeddelanden (bara dina egna)',
  meetingsOrganised: 'Möten du ordnat',
  agendaItems: 'Punkter du föreslagit till dagordningar',
  actionItems: 'Åtgärdspunkter',
  minutes: 'Minnesanteckningar du skrivit',
  documents: 'Dokument du laddat upp',
};

const COLUMNS: Record<string, string> = {
  id: 'Id',
  name: 'Namn',
  email: 'E-post',
  role: 'Roll',
  municipality: 'Kommun',
  organisation: 'Organisation',
  title: 'Titel',
  bio: 'Om mig',
  languages: 'Språk',
  phone: 'Telefon',
  showEmail: 'Visar e-post',
  showPhone: 'Visar telefon',
  createdAt: 'Skapad',
  updatedAt: 'Ändrad',
  disabledAt: 'Avstängd',
  tag: 'Område',
  askMe: 'Fråga mig',
  mentor: 'Mentor',
  learning: 'Vill lära mig',
  networkId: 'Nätverkets id',
  network: 'Nätverk',
  since: 'Sedan',
  message: 'Meddelande',
  status: 'Status',
  decidedAt: 'Beslutad',
  lastSeenAt: 'Senast använd',
  expiresAt: 'Upphör',
  userAgent: 'Webbläsare',
  ip: 'IP-adress',
  prefix: 'Början av token',
  lastUsedAt: 'Senast använd',
  revokedAt: 'Återkallad',
  level: 'Nivå',
  meeting: 'Möte',
  meetingStartsAt: 'Mötet börjar',
  answer: 'Svar',
  waitlisted: 'På väntelista',
  comment: 'Kommentar',
  answeredAt: 'Svarat',
  postId: 'Inläggets id',
  kind: 'Slag',
  body: 'Text',
  announcement: 'Viktigt meddelande',
  editedAt: 'Redigerad',
  deletedAt: 'Borttagen',
  conversationId: 'Konversationens id',
  conversationKind: 'Konversation',
  description: 'Beskrivning',
  startsAt: 'Börjar',
  location: 'Plats',
  details: 'Detaljer',
  dueOn: 'Klart senast',
  doneAt: 'Klar',
  owner: 'Ansvarig',
  createdByMe: 'Skapad av dig',
  meetingId: 'Mötets id',
  publishedAt: 'Publicerad',
  version: 'Version',
  fileName: 'Filnamn',
  mediaType: 'Filtyp',
  size: 'Storlek (byte)',
  path: 'Fil i utdraget',
};

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const when = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: STOCKHOLM });
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function cell(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (Array.isArray(value)) return escape(value.join(', '));
  if (typeof value === 'string' && ISO.test(value)) return escape(when.format(new Date(value)));
  if (key === 'path' && typeof value === 'string') return `<a href="${escape(value)}">${escape(value)}</a>`;
  return escape(String(value)).replace(/\n/g, '<br>');
}

function table(key: string, rows: unknown[]): string {
  const heading = `<h2>${escape(SECTIONS[key] ?? key)}</h2>`;
  if (rows.length === 0) return `${heading}\n<p>Inga uppgifter.</p>`;
  const columns = Object.keys(rows[0] as Record<string, unknown>);
  const head = columns.map((c) => `<th scope="col">${escape(COLUMNS[c] ?? c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${cell(c, (r as Record<string, unknown>)[c])}</td>`).join('')}</tr>`)
    .join('\n');
  return `${heading}\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** `index.html` of the register extract: the same data as the JSON files, readable in Swedish. */
export function extractHtml(data: ExtractData, madeAt: Date): string {
  const profile = (data.person.profile ?? {}) as Record<string, unknown>;
  const profileRows = Object.entries(profile)
    .map(([k, v]) => `<tr><th scope="row">${escape(COLUMNS[k] ?? k)}</th><td>${cell(k, v)}</td></tr>`)
    .join('\n');
  const sections = [...Object.entries(data.person).filter(([k]) => k !== 'profile'), ...Object.entries(data.content)].map(([k, rows]) =>
    table(k, Array.isArray(rows) ? rows : []),
  );
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Registerutdrag från Nätverkshubben</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;margin-bottom:1.5rem;width:100%}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}</style>
</head>
<body>
<main>
<h1>Registerutdrag från Nätverkshubben</h1>
<p>Det här är de personuppgifter Nätverkshubben (Familjen Helsingborg) har om ${escape(String(profile['name'] ?? ''))},
sammanställda ${escape(when.format(madeAt))} (dataskyddsförordningen artikel 15 och 20).
Samma uppgifter finns maskinläsbart i <a href="person.json">person.json</a> och <a href="content.json">content.json</a>,
och dokumenten du laddat upp i mappen <code>dokument</code>. Andras privata innehåll ingår inte: av en konversation bara dina egna meddelanden.</p>
<h2>Profil</h2>
<table><tbody>
${profileRows}
</tbody></table>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
