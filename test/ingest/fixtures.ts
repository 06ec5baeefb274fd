// Small wire items written for these tests, and the bad inputs every door must survive.

export function ninjsItem(n: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    uri: `urn:test:wiredesk:${n}`,
    version: '1',
    versionCreated: `2026-10-0${1 + (n % 8)}T08:${String(n % 60).padStart(2, '0')}:00Z`,
    pubStatus: 'usable',
    urgency: 5,
    headlines: [{ value: `Harbour authority reports record grain shipments, part ${n}` }],
    bodies: [{ role: 'main', contentType: 'text/plain', value: `The port of Odessa handled more than 40 grain ships on Monday, the harbour authority said in a statement number ${n}.` }],
    ...extra,
  });
}

export const GOOD_NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>Lighthouse keepers vote to strike</title>
    <docdata>
      <doc-id id-string="urn:test:nitf:lighthouse-1"/>
      <urgency ed-urg="4"/>
      <date.issue norm="20261006T091500Z"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Lighthouse keepers vote to strike</hl1></hedline>
      <dateline><location><city>BREST</city></location></dateline>
    </body.head>
    <body.content>
      <p>Lighthouse keepers along the Atlantic coast voted on Tuesday to strike for 48 hours, their union said.</p>
      <p>"We have waited long enough," said union secretary Odile Marchand.</p>
    </body.content>
  </body>
</nitf>
`;

export const TRUNCATED_XML = GOOD_NITF.slice(0, GOOD_NITF.indexOf('<body.content>') + 40);

export const ENTITY_BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<nitf><head><title>&lol9;</title></head><body><body.content><p>&lol9;</p></body.content></body></nitf>
`;

/** A file claiming UTF-8 in its prolog whose bytes are not UTF-8 (a lone 0xC3 then ASCII). */
export function invalidUtf8(): Uint8Array {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Caf');
  const tail = Buffer.from(' news</title></head><body><body.content><p>Text.</p></body.content></body></nitf>\n');
  return new Uint8Array(Buffer.concat([head, Buffer.from([0xc3, 0x28]), tail]));
}

export function binaryGarbage(): Uint8Array {
  const bytes = new Uint8Array(4096);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** 50 MB of text: more than any wire item; refused without being parsed. */
export function fiftyMegabytes(): Uint8Array {
  return new Uint8Array(50 * 1024 * 1024).fill(0x41);
}

export interface BadInput {
  name: string;
  bytes: Uint8Array;
  /** Codes that correctly describe it (formats may pick the more precise of two). */
  codes: string[];
}

export function badInputs(): BadInput[] {
  return [
    { name: 'empty.xml', bytes: new Uint8Array(), codes: ['EMPTY_INPUT'] },
    { name: 'truncated.xml', bytes: Buffer.from(TRUNCATED_XML), codes: ['XML_MALFORMED'] },
    { name: 'garbage.bin', bytes: binaryGarbage(), codes: ['BINARY_INPUT', 'UNKNOWN_FORMAT'] },
    { name: 'huge.txt', bytes: fiftyMegabytes(), codes: ['TOO_LARGE'] },
    { name: 'bomb.xml', bytes: Buffer.from(ENTITY_BOMB), codes: ['ENTITY_EXPANSION'] },
    { name: 'invalid-utf8.xml', bytes: invalidUtf8(), codes: ['ENCODING_INVALID'] },
  ];
}
