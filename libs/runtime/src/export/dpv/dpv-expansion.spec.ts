import jsonld from 'jsonld';
import { catalogue, prospectWithRights } from '../../testing/exported-subject';
import { dpvDocument } from './dpv-document';

/** The test machine has no network: any remote context or document would fail here, and so the test. */
const OFFLINE = {
  safe: true,
  documentLoader: async (url: string) => {
    throw new Error(`the DPV export must not need ${url}: its context is embedded`);
  },
};

describe('the DPV export read by a JSON-LD processor (jsonld, the standard one on npm)', () => {
  const document = dpvDocument(prospectWithRights(), catalogue);

  it('expand_InSafeMode_OfASubjectWithConsentObjectionRestrictionAndACompletedRequest_LosesNothing', async () => {
    const expanded = JSON.stringify(await jsonld.expand(document, OFFLINE));
    for (const iri of [
      'https://w3id.org/dpv#ConsentRecord',
      'https://w3id.org/dpv#ConsentWithdrawn',
      'https://w3id.org/dpv/legal/eu/gdpr#A6-1-a',
      'https://w3id.org/dpv/legal/eu/gdpr#A21',
      'https://w3id.org/dpv#RequestFulfilled',
      'https://w3id.org/dpv#ActivityCompleted',
      'urn:basis-ledger:notice:webcasso-2026-1',
    ]) {
      expect(expanded).toContain(`"${iri}"`);
    }
  });

  it('toRDF_TypesEveryTimeAsAnXsdDateTime_AndKeepsEveryBasisRecord', async () => {
    // With a format, jsonld answers the N-Quads as one string.
    const quads = (await jsonld.toRDF(document, { ...OFFLINE, format: 'application/n-quads' })) as string;
    const records = quads.split('\n').filter((quad) => quad.startsWith('<urn:basis-ledger:basis:'));
    expect(new Set(records.map((quad) => quad.split(' ')[0]))).toEqual(
      new Set(['<urn:basis-ledger:basis:b-contract>', '<urn:basis-ledger:basis:b-consent>']),
    );
    expect(quads).toContain(
      '<https://w3id.org/dpv#isIndicatedAtTime> "2026-03-01T09:00:00.000Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>',
    );
  });

  it('expand_InSafeMode_RefusesATermTheContextDoesNotDefine_SoTheCheckAboveBites', async () => {
    await expect(jsonld.expand({ ...document, undefinedTerm: 'lost' }, OFFLINE)).rejects.toThrow();
  });
});
