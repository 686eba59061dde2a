import { LegalBasis, Right } from '@ledger/domain';

/**
 * The JSON-LD context of the DPV export, embedded in every document, so that any JSON-LD processor expands it
 * without fetching anything. DPV publishes its vocabulary but no context document to point at; its guides
 * write compact IRIs with these prefixes, and so does the export. Properties whose values are IRIs or times
 * are coerced here, so the records read like the guides' examples.
 */
export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  time: 'http://www.w3.org/2006/time#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  'dct:conformsTo': { '@type': '@id' },
  'dct:relation': { '@type': '@id' },
  'dpv:hasDataSubject': { '@type': '@id' },
  'dpv:hasLegalBasis': { '@type': '@id' },
  'dpv:hasRight': { '@type': '@id' },
  'dpv:hasStatus': { '@type': '@id' },
  'dpv:isAfter': { '@type': '@id' },
  'dpv:isIndicatedBy': { '@type': '@id' },
  'dct:created': { '@type': 'xsd:dateTime' },
  'dct:issued': { '@type': 'xsd:dateTime' },
  'dpv:isIndicatedAtTime': { '@type': 'xsd:dateTime' },
  'time:hasBeginning': { '@type': 'xsd:dateTime' },
  'time:hasEnd': { '@type': 'xsd:dateTime' },
} as const;

/** DPV's profile of ISO/IEC TS 27560 consent records, which each consent record says it conforms to. */
export const DPV_27560_RECORD = 'https://w3id.org/dpv/schema/dpv-27560#record';

/** The ledger's own things, named by URN: ids are opaque and need no host to resolve them. */
export const ledgerIri = (kind: string, id: string) => `urn:basis-ledger:${kind}:${id}`;

/** Art. 6(1)'s bases: DPV's concept and the GDPR's clause, as the 27560 guide advises. */
export const LEGAL_BASIS: Readonly<Record<LegalBasis, readonly string[]>> = {
  consent: ['dpv:Consent', 'eu-gdpr:A6-1-a'],
  contract: ['dpv:Contract', 'eu-gdpr:A6-1-b'],
  'legal-obligation': ['dpv:LegalObligation', 'eu-gdpr:A6-1-c'],
  'vital-interests': ['dpv:VitalInterest', 'eu-gdpr:A6-1-d'],
  'public-task': ['dpv:PublicInterest', 'eu-gdpr:A6-1-e'],
  'legitimate-interests': ['dpv:LegitimateInterest', 'eu-gdpr:A6-1-f'],
};

/** The GDPR article of each right of the register (contract section 6); explanation is art. 15's information. */
export const RIGHT: Readonly<Record<Right, string>> = {
  explanation: 'eu-gdpr:A15',
  access: 'eu-gdpr:A15',
  rectification: 'eu-gdpr:A16',
  erasure: 'eu-gdpr:A17',
  restriction: 'eu-gdpr:A18',
  portability: 'eu-gdpr:A20',
  objection: 'eu-gdpr:A21',
  'human-review': 'eu-gdpr:A22',
};

/** A JSON-LD node; every key is a keyword or a compact IRI of the context above. */
export type JsonLdNode = { [key: string]: unknown };

/** A time's literal in a position the context does not coerce. */
export const dateTime = (value: string) => ({ '@value': value, '@type': 'xsd:dateTime' });
