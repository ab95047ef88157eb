import { renderMarkdown } from '@hub/core';
import type { DataSource, EntityManager } from 'typeorm';

/** A post of the demo feed; `daysAgo` places it in the past weeks, newest last in each list. */
interface DemoPost {
  daysAgo: number;
  /** Written by the network's coordinator (announcements, pinned posts); otherwise by a member. */
  byCoordinator?: boolean;
  body: string;
  announcement?: 'info' | 'acknowledge';
  pinned?: boolean;
  comments?: string[];
  reactions?: number;
}

/**
 * What the networks have been talking about, as a demo shows it (Swedish, as the users write).
 * Keyed by network slug; people are taken from each network's own members.
 */
export const DEMO_FEED: Record<string, DemoPost[]> = {
  'natverket-for-valfardsteknik': [
    {
      daysAgo: 20,
      byCoordinator: true,
      pinned: true,
      body:
        '## Välkommen till nätverket för välfärdsteknik!\n\nHär delar vi erfarenheter av **digital tillsyn**, trygghetslarm och ' +
        'e-hälsa mellan kommunerna. Ställ frågor i flödet, lägg underlag i biblioteket och använd chatten för snabba frågor.',
      reactions: 9,
    },
    {
      daysAgo: 14,
      body:
        'Vi har kört digital tillsyn nattetid i hemtjänsten i tre månader. Färre störda nätter för brukarna och ' +
        'personalen får tid över till besök som behövs. Någon som har mätt effekten på ett strukturerat sätt?',
      comments: [
        'Vi följde upp med en enkät till brukare och anhöriga efter sex veckor. Jag kan dela frågorna.',
        'Gärna! Vi funderar på att ta med nattpersonalens upplevelse också.',
      ],
      reactions: 6,
    },
    {
      daysAgo: 9,
      body:
        'Upphandlingen av nya trygghetslarm närmar sig. Vilka krav på **driftsäkerhet** och larmmottagning har ni ställt? ' +
        'Tips om avtalsuppföljning tas tacksamt emot.',
      comments: ['Vi krävde rapport om larmtider varje månad, det har varit guld värt i uppföljningen.'],
      reactions: 4,
    },
    {
      daysAgo: 3,
      byCoordinator: true,
      announcement: 'acknowledge',
      body:
        'Inför nästa träff: läs igenom **utkastet till gemensam strategi för välfärdsteknik** i biblioteket och ' +
        'skicka synpunkter senast fredag. Tryck på "Läst och förstått" när du har tagit del av det.',
    },
  ],
  'natverket-for-upphandlare': [
    {
      daysAgo: 18,
      body:
        'Påminnelse: utbildningen i **säkerhetsskyddad upphandling** i höst har platser kvar. ' +
        'Den vänder sig till alla som upphandlar något som rör säkerhetskänslig verksamhet.',
      reactions: 5,
    },
    {
      daysAgo: 11,
      body: 'Har någon ett bra upplägg för gemensam avtalsuppföljning av ramavtal som flera kommuner avropar från?',
      comments: [
        'Vi delar uppföljningen mellan oss och roterar ansvaret varje år. Det fungerar bra för livsmedel.',
        'Samma här, plus en gemensam mall för leverantörsmöten.',
      ],
      reactions: 3,
    },
    {
      daysAgo: 2,
      byCoordinator: true,
      announcement: 'info',
      body: 'Den gemensamma upphandlingen av **skrivare och kopiatorer** är annonserad. Frågor från anbudsgivare samlar vi här i nätverket.',
      reactions: 2,
    },
  ],
  'det-brottsforebyggande-natverket': [
    {
      daysAgo: 16,
      byCoordinator: true,
      body:
        'Nya lagen om kommuners ansvar för brottsförebyggande arbete gäller sedan juli. ' +
        'Vi samlar **lägesbilder och åtgärdsplaner** här så att ingen behöver börja från noll.',
      comments: ['Vår lägesbild är klar för politisk behandling i nästa månad. Jag lägger upp den när den är beslutad.'],
      reactions: 7,
    },
    {
      daysAgo: 5,
      body: 'Trygghetsvandringen i centrum gav många bra iakttagelser om belysning. Någon som har samverkat med fastighetsägare kring det?',
      reactions: 3,
    },
  ],
  'natverket-for-digitalisering': [
    {
      daysAgo: 12,
      body:
        'Vi testar **e-tjänster med automatiserad handläggning** för enklare ärenden. ' +
        'Hur har ni hanterat dataskyddsfrågorna och informationsklassningen?',
      comments: ['Prata med dataskyddsombudsnätverket tidigt, de har en checklista som sparade oss veckor.'],
      reactions: 4,
    },
  ],
  bibliotekschefsnatverket: [
    {
      daysAgo: 8,
      byCoordinator: true,
      body: 'Team BFH har uppdaterat den gemensamma bibliotekswebben. Hör av er om något ser fel ut i er kommuns del.',
      reactions: 5,
    },
  ],
  'natverket-for-hr-ansvariga': [
    {
      daysAgo: 10,
      byCoordinator: true,
      body: 'Tack alla som kom till **HR-dagen i Klippan**! Över 140 deltagare. Presentationerna ligger i biblioteket.',
      comments: ['Tack för en fin dag, särskilt passet om kompetensförsörjning.'],
      reactions: 11,
    },
  ],
};

/** Reactions as they fall in a real network: mostly likes, now and then something else. */
const REACTION_MIX = ['like', 'like', 'heart', 'thanks', 'like', 'idea', 'celebrate'] as const;

/**
 * Posts, comments, reactions, an announcement with some acknowledgements and a pinned post in a few
 * demo networks, once (`hub_meta` key `demo_content_seeded`, also for a demo seeded before this
 * existed). Written by the networks' own members, dated over the past three weeks; the search
 * outbox triggers index them like any post.
 */
export async function seedDemoContent(db: DataSource): Promise<boolean> {
  const done: unknown[] = await db.query(`SELECT 1 FROM hub_meta WHERE key = 'demo_content_seeded'`);
  if (done.length > 0) return false;
  await db.transaction(async (m) => {
    for (const [slug, posts] of Object.entries(DEMO_FEED)) {
      const members: Array<{ id: string; role: string }> = await m.query(
        `SELECT p.id, ms.role FROM membership ms JOIN network n ON n.id = ms.network_id JOIN person p ON p.id = ms.person_id
          WHERE n.slug = $1 AND p.role = 'member' AND p.disabled_at IS NULL ORDER BY ms.role = 'coordinator' DESC, p.email`,
        [slug],
      );
      const coordinator = members.find((x) => x.role === 'coordinator') ?? members[0];
      const others = members.filter((x) => x !== coordinator);
      if (!coordinator || others.length === 0) throw new Error(`The demo network ${slug} has too few members for its posts`);
      let turn = 0;
      const next = (): string => others[turn++ % others.length]!.id;
      for (const post of posts) await insertPost(m, slug, post, post.byCoordinator ? coordinator.id : next(), next, members);
    }
    await m.query(`INSERT INTO hub_meta (key, value) VALUES ('demo_content_seeded', now()::text)`);
  });
  return true;
}

async function insertPost(
  m: EntityManager,
  slug: string,
  post: DemoPost,
  authorId: string,
  next: () => string,
  members: ReadonlyArray<{ id: string }>,
): Promise<void> {
  const rows: Array<{ id: string; network_id: string }> = await m.query(
    `INSERT INTO post (network_id, author_id, body, html, announcement, requires_ack, pinned_at, pinned_by, created_at)
     SELECT n.id, $2, $3, $4, $5, $6, CASE WHEN $7 THEN t.at END, CASE WHEN $7 THEN $2::uuid END, t.at
       FROM network n, (SELECT now() - make_interval(days => $8, hours => 3) AS at) t WHERE n.slug = $1 RETURNING id, network_id`,
    [
      slug,
      authorId,
      post.body,
      renderMarkdown(post.body),
      post.announcement !== undefined,
      post.announcement === 'acknowledge',
      Boolean(post.pinned),
      post.daysAgo,
    ],
  );
  const { id, network_id: networkId } = rows[0]!;
  for (const [i, body] of (post.comments ?? []).entries()) {
    await m.query(
      `INSERT INTO comment (post_id, network_id, author_id, body, html, created_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6, hours => $7))`,
      [id, networkId, next(), body, renderMarkdown(body), post.daysAgo, 2 - i],
    );
  }
  const reactors = members.slice(0, Math.min(post.reactions ?? 0, members.length));
  await m.query(`INSERT INTO reaction (post_id, person_id, kind) SELECT $1, unnest($2::uuid[]), unnest($3::text[])`, [
    id,
    reactors.map((r) => r.id),
    reactors.map((_, i) => REACTION_MIX[i % REACTION_MIX.length]!),
  ]);
  if (post.announcement === 'acknowledge') {
    // About a third of the members have read it so far: the coordinator's read list has both columns.
    const readers = members.filter((_, i) => i % 3 === 1);
    await m.query(`INSERT INTO acknowledgement (post_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      id,
      readers.map((r) => r.id),
    ]);
  }
}
