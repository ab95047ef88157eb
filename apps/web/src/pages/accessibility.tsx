import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Page } from '../ui';

/** Tillgänglighetsredogörelse (required by the Swedish DOS law); written in Swedish. */
export function AccessibilityPage(): ReactNode {
  const { t, lang } = useI18n();
  return (
    <Page title={t('a11y.title')}>
      {lang !== 'sv' && <p className="message">{t('a11y.swedishOnly')}</p>}
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
        <ul>
          <li>Tjänsten har inte testats av användare med skärmläsare eller andra hjälpmedel. Automatiska tester hittar bara en del av alla tillgänglighetsproblem.</li>
          <li>Felmeddelanden från servern finns bara på svenska, även när du har valt engelska.</li>
          <li>
            När samordnare och administratörer väljer en person i en lista kan listan bli mycket lång (alla personer i en kommun eller i hela hubben). Det går att
            skriva början av namnet för att hoppa i listan, men det är besvärligt. Vi planerar en sökfunktion.
          </li>
          <li>Den tekniska API-dokumentationen (under /api/docs) är ett separat verktyg som vi inte har granskat.</li>
          <li>Dokument som användare själva laddar upp i framtida funktioner kan vara otillgängliga; det ansvarar den som laddar upp för.</li>
        </ul>
        <h2>Rapportera brister</h2>
        <p>
          Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta Familjen Helsingborgs sekretariat. Beskriv vad du
          försökte göra, på vilken sida, och vilken webbläsare och vilka hjälpmedel du använder. Vi svarar så snart vi kan, normalt inom två veckor.
        </p>
        <h2>Tillsyn</h2>
        <p>
          Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi
          hanterar dina synpunkter kan du <a href="https://www.digg.se/anmal-bristande-tillganglighet">anmäla det till Digg</a>.
        </p>
        <h2>Om redogörelsen</h2>
        <p>Redogörelsen upprättades i november 2026 och bygger på vår egen bedömning och automatiska tester. Den uppdateras när tjänsten ändras.</p>
      </div>
    </Page>
  );
}
