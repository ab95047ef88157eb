import { attribute, decodeEntities, xmlEvents, xmlToText } from './xml-text';

const WORD = { text: new Set(['t']), paragraph: new Set(['p']), characters: { tab: () => '\t' } };

describe('xmlToText', () => {
  it('reads text elements only, whatever their namespace prefix', () => {
    const xml = '<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>Sida</w:t><w:tab/><x:t>två</x:t></w:r></w:p><w:p><t>Nästa</t></w:p>';
    expect(xmlToText(xml, WORD)).toBe('Sida\ttvå\nNästa');
  });

  it('skips comments, processing instructions and a DOCTYPE, and keeps CDATA as it is', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><!-- <w:t>dold</w:t> --><w:p><w:t><![CDATA[a < b & c]]></w:t></w:p>';
    expect(xmlToText(xml, WORD)).toBe('a < b & c');
  });

  it('is not fooled by > inside an attribute value', () => {
    expect(xmlToText('<w:p><w:t a="x > y" b=\'>\'>rätt</w:t></w:p>', WORD)).toBe('rätt');
  });

  it('stops quietly at markup that never ends', () => {
    expect(xmlToText('<w:p><w:t>början</w:t></w:p><w:p a="aldrig slut', WORD)).toBe('början');
  });

  it('stays linear on input crafted to make a regular expression backtrack', () => {
    const hostile = '<a b="'.repeat(200_000) + '<w:t x=' + "'".repeat(1) + ' a'.repeat(200_000);
    const started = Date.now();
    xmlToText(hostile, WORD);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('decodeEntities', () => {
  it('decodes the five predefined and numeric entities only', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos; &#229;&#xE4;&#246; &nbsp; &#0; &#xD800;')).toBe(
      '<b> & "x" \'y\' åäö &nbsp;  ',
    );
  });
});

describe('attribute', () => {
  it('finds an unprefixed attribute by name and a prefixed one by local name', () => {
    const attributes = ' id="256" r:id="rId2" t=\'s\' text:c="3"';
    expect(attribute(attributes, 'id')).toBe('256');
    expect(attribute(attributes, 'r:id')).toBe('rId2');
    expect(attribute(attributes, 't')).toBe('s');
    expect(attribute(attributes, 'text:c')).toBe('3');
    expect(attribute(attributes, 'saknas')).toBeUndefined();
  });
});

describe('xmlEvents', () => {
  it('gives local names and notices empty elements', () => {
    expect([...xmlEvents('<p:sld><a:br/></p:sld>')]).toEqual([
      { kind: 'open', name: 'sld', attributes: '', empty: false },
      { kind: 'open', name: 'br', attributes: '', empty: true },
      { kind: 'close', name: 'sld' },
    ]);
  });
});
