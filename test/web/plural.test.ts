// Counts read as Swedish (and English): "1 medlem", "2 medlemmar", chosen by Intl.PluralRules.
import { messages } from '../../apps/web/src/shared/messages';
import { en } from '../../apps/web/src/shared/messages-en';
import { type CountKey, listOf, loadLanguage, translateCount } from '../../apps/web/src/shared/translate';

// English is its own chunk, loaded when chosen.
beforeAll(() => loadLanguage('en'));

describe('translateCount', () => {
  it('uses the singular for one and the plural for zero, many and fractions, in Swedish', () => {
    expect(translateCount('sv', 'network.memberCount', 1)).toBe('1 medlem');
    expect(translateCount('sv', 'network.memberCount', 0)).toBe('0 medlemmar');
    expect(translateCount('sv', 'network.memberCount', 2)).toBe('2 medlemmar');
    expect(translateCount('sv', 'network.memberCount', 21)).toBe('21 medlemmar');
    expect(translateCount('sv', 'count.meetings', 1)).toBe('1 möte');
    expect(translateCount('sv', 'count.meetings', 3)).toBe('3 möten');
    expect(translateCount('sv', 'common.unread', 1)).toBe('1 oläst');
    expect(translateCount('sv', 'common.unread', 1.5)).toBe('1.5 olästa');
  });

  it('does the same in English', () => {
    expect(translateCount('en', 'network.memberCount', 1)).toBe('1 member');
    expect(translateCount('en', 'network.memberCount', 0)).toBe('0 members');
    expect(translateCount('en', 'count.meetings', 1)).toBe('1 meeting');
    expect(translateCount('en', 'count.meetings', 11)).toBe('11 meetings');
  });

  it('fills the other placeholders too', () => {
    expect(translateCount('sv', 'find.countQuery', 1, { shown: 1, q: 'GIS' })).toBe('Visar 1 av 1 person för "GIS".');
    expect(translateCount('sv', 'find.countQuery', 40, { shown: 20, q: 'GIS' })).toBe('Visar 20 av 40 personer för "GIS".');
  });

  it('has a singular in both languages for every counted message', () => {
    const keys = Object.keys(messages.sv).filter((k) => k.endsWith('.one'));
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) expect(en[key as keyof typeof en]).toBeTruthy();
    // Not "1 medlemmar": where Swedish nouns change, the singular is used.
    const changing: CountKey[] = ['network.memberCount', 'people.shown', 'picker.count', 'composer.mentionCount', 'chat.olderLoaded', 'notif.moreLoaded', 'count.people', 'count.messages', 'count.meetings'];
    for (const key of changing) expect(translateCount('sv', key, 1)).not.toBe(translateCount('sv', key, 2).replace('2', '1'));
  });

  it('joins parts of a summary the language’s way', () => {
    expect(listOf('sv', ['1 person', '2 nätverk', '1 möte'])).toBe('1 person, 2 nätverk och 1 möte');
    expect(listOf('en', ['1 person', '2 networks', '1 meeting'])).toBe('1 person, 2 networks and 1 meeting');
  });
});
