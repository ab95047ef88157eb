import type { ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { ErrorMessage, Loading, Page } from '../shared/ui';
import { useHubQuery } from '../shared/query';

/** A date as Swedish prose: "27 november 2026". */
export function swedishDate(isoDate: string): string {
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** How to reach someone: e-mail, phone and form, as the secretariat set them. */
export function ContactList({ email, phone, formUrl }: { email: string; phone: string; formUrl?: string }): ReactNode {
  if (!email && !phone && !formUrl) return <p>Sekretariatet har ännu inte angett kontaktuppgifter här. Använd kontaktuppgifterna på familjenhelsingborg.se.</p>;
  return (
    <ul>
      {email && (
        <li>
          E-post: <a href={`mailto:${email}`}>{email}</a>
        </li>
      )}
      {phone && (
        <li>
          Telefon: <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>
        </li>
      )}
      {formUrl && (
        <li>
          <a href={formUrl}>Kontaktformulär</a>
        </li>
      )}
    </ul>
  );
}

/** Tillgänglighetsredogörelse (required by the Swedish DOS law); written in Swedish. */
export function AccessibilityPage(): ReactNode {
  const { t, lang } = useI18n();
  const legal = useHubQuery(['/api/v1/legal'], () => unwrap(api.GET('/api/v1/legal')));
  const a = legal.data?.accessibility;
  return (
    <Page title={t('a11y.title')}>
      {lang !== 'sv' && <p className="message">{t('a11y.swedishOnly')}</p>}
      {legal.loading && !a && <Loading />}
      <ErrorMessage error={legal.error} />
      <div lang="sv" className="prose">
        <p>
          Familjen Helsingborg står bakom Nätverkshubben, samarbetsytan för kunskapsnätverken i de elva kommunerna. Vi vill att så många som möjligt ska kunna använda
          tjänsten. Den här redogörelsen beskriver hur Nätverkshubben uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och
          hur du kan rapportera problem till oss.
        </p>
        <h2>Hur tillgänglig är tjänsten?</h2>
        <p>
          Tjänsten är <strong>delvis förenlig</strong> med lagen om tillgänglighet till digital offentlig service. Vi har byggt den för att uppfylla WCAG 2.1 på nivå
          AA, men den har ännu inte granskats av någon oberoende part, och vi känner till de brister som beskrivs nedan.
        </p>
        <h2>Vad vi har gjort</h2>
        <ul>
          <li>Sidorna har rubriker i ordning, landmärken (sidhuvud, navigering, huvudinnehåll, sidfot) och en länk för att hoppa direkt till innehållet.</li>
          <li>Allt går att använda med enbart tangentbord, och den markering som visar var du är (fokus) syns tydligt.</li>
          <li>Alla formulärfält har etiketter, och felmeddelanden visas vid respektive fält och läses upp av skärmläsare.</li>
          <li>När du byter sida flyttas fokus till sidans huvudrubrik, och varje sida har en egen titel.</li>
          <li>Text och bakgrund har en kontrast på minst 4,5:1, och tjänsten fungerar på skärmar som är 320 pixlar breda och vid förstoring till 400 procent.</li>
          <li>Tjänsten laddar inga typsnitt, skript eller annat från andra webbplatser.</li>
          <li>Vi testar de viktigaste flödena automatiskt i webbläsaren med verktyget axe vid varje ändring (inloggning, profil, nätverk och administration).</li>
        </ul>
        <h2>Kända brister</h2>
        {a && a.gaps.length === 0 && <p>Vi känner inte till några brister just nu.</p>}
        {a && a.gaps.length > 0 && (
          <ul>
            {a.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        )}
        <h2>Rapportera brister eller be om innehåll i annat format</h2>
        <p>
          Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta Familjen Helsingborgs sekretariat. Beskriv vad du
          försökte göra, på vilken sida, och vilken webbläsare och vilka hjälpmedel du använder. Vi svarar så snart vi kan, normalt inom två veckor.
        </p>
        {a && <ContactList email={a.email} phone={a.phone} formUrl={a.formUrl} />}
        <h2>Tillsyn</h2>
        <p>
          Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi
          hanterar dina synpunkter kan du <a href="https://www.digg.se/anmal-bristande-tillganglighet">anmäla det till Digg</a>.
        </p>
        <h2>Om redogörelsen</h2>
        <p>
          Redogörelsen upprättades i november 2026 och bygger på vår egen bedömning och automatiska tester.
          {a && ` Den granskades senast den ${swedishDate(a.reviewedOn)}.`} Den uppdateras när tjänsten ändras.
        </p>
      </div>
    </Page>
  );
}
