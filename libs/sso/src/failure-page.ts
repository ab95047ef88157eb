/** Why a sign-in through a municipality's provider failed; each has a Swedish page saying what to do. */
export type SsoFailure =
  | 'no-provider'
  | 'state'
  | 'cancelled'
  | 'provider-down'
  | 'rejected'
  | 'no-email'
  | 'wrong-domain'
  | 'not-imported'
  | 'disabled'
  | 'conflict'
  | 'busy'
  | 'error';

export class SsoFailed extends Error {
  constructor(
    readonly reason: SsoFailure,
    readonly providerName: string | null = null,
  ) {
    super(reason);
    this.name = 'SsoFailed';
  }
}

const STATUS: Record<SsoFailure, number> = {
  'no-provider': 400,
  state: 400,
  cancelled: 400,
  'provider-down': 502,
  rejected: 400,
  'no-email': 400,
  'wrong-domain': 403,
  'not-imported': 403,
  disabled: 403,
  conflict: 409,
  busy: 429,
  error: 500,
};

function texts(reason: SsoFailure, provider: string): { heading: string; what: string; todo: string } {
  switch (reason) {
    case 'no-provider':
      return {
        heading: 'Din organisation loggar inte in här',
        what: 'Det finns ingen inloggning via organisationskonto för din e-postadress.',
        todo: 'Gå tillbaka och logga in med e-post och lösenord.',
      };
    case 'state':
      return {
        heading: 'Inloggningen har gått ut eller har redan använts',
        what: 'Svaret från inloggningen hörde inte till en pågående inloggning i den här webbläsaren (den kan ha tagit mer än 10 minuter, eller länken användes en gång till).',
        todo: 'Börja om inloggningen från början.',
      };
    case 'cancelled':
      return {
        heading: 'Inloggningen avbröts',
        what: `Inloggningen hos ${provider} avbröts eller nekades, så du är inte inloggad.`,
        todo: 'Börja om och slutför inloggningen hos din kommun.',
      };
    case 'provider-down':
      return {
        heading: 'Din kommuns inloggning svarar inte',
        what: `${provider} kunde inte nås just nu, så inloggningen kunde inte slutföras. Ingenting har ändrats i hubben.`,
        todo: 'Försök igen om en stund. Kvarstår felet, kontakta din kommuns IT-support.',
      };
    case 'rejected':
      return {
        heading: 'Inloggningen kunde inte godkännas',
        what: `Svaret från ${provider} klarade inte hubbens kontroller (till exempel underskrift, giltighetstid eller mottagare), så du är inte inloggad.`,
        todo: 'Börja om inloggningen. Händer det igen, kontakta sekretariatet.',
      };
    case 'no-email':
      return {
        heading: 'E-postadress saknas',
        what: `${provider} skickade ingen e-postadress, och hubben känner igen personer på den.`,
        todo: 'Be din kommuns IT-avdelning skicka e-postanspråket (email) till Nätverkshubben.',
      };
    case 'wrong-domain':
      return {
        heading: 'Kontot hör till en annan organisation',
        what: `Kontot du loggade in med hos ${provider} har en e-postadress som inte tillhör ${provider}. En kommuns inloggning kan bara logga in kommunens egna personer.`,
        todo: 'Logga in med ditt eget kontos e-postadress på inloggningssidan.',
      };
    case 'not-imported':
      return {
        heading: 'Du finns inte i hubben ännu',
        what: `Inloggningen hos ${provider} lyckades, men hubben skapar inte konton av sig själv för din kommun; bara personer som sekretariatet har lagt in kan logga in.`,
        todo: 'Kontakta sekretariatet och be att bli tillagd.',
      };
    case 'disabled':
      return {
        heading: 'Kontot är avstängt',
        what: 'Ditt konto i Nätverkshubben är avstängt.',
        todo: 'Kontakta sekretariatet om du behöver komma åt hubben.',
      };
    case 'conflict':
      return {
        heading: 'E-postadressen är redan kopplad till ett annat konto',
        what: `Din e-postadress i hubben är redan kopplad till ett annat konto hos ${provider}.`,
        todo: 'Kontakta sekretariatet så att kopplingen kan rättas.',
      };
    case 'busy':
      return {
        heading: 'För många påbörjade inloggningar',
        what: `Från din adress har så många inloggningar via ${provider} påbörjats utan att slutföras att hubben inte tar emot fler just nu. Ingenting har ändrats i hubben.`,
        todo: 'Vänta en minut och försök igen. Kvarstår felet, kontakta din kommuns IT-support.',
      };
    case 'error':
      return {
        heading: 'Inloggningen kunde inte slutföras',
        what: 'Något gick fel i hubben när inloggningen skulle slutföras. Ingenting har sparats halvvägs.',
        todo: 'Börja om inloggningen. Händer det igen, kontakta sekretariatet.',
      };
  }
}

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small Swedish page (no script, no style from elsewhere) for a failed sign-in. */
export function failurePage(failure: SsoFailed): { status: number; html: string } {
  const t = texts(failure.reason, failure.providerName ?? 'din kommuns inloggning');
  const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.heading)} – Nätverkshubben</title>
</head>
<body>
<main>
<h1>${escape(t.heading)}</h1>
<p>${escape(t.what)}</p>
<p>${escape(t.todo)}</p>
<p><a href="/logga-in">Till inloggningen</a></p>
<p lang="en"><small>Sign-in failed (${failure.reason}). Return to the sign-in page and try again.</small></p>
</main>
</body>
</html>
`;
  return { status: STATUS[failure.reason], html };
}
