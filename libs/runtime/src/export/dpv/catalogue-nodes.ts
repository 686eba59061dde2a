import { CatalogueIndex, PurposeDefinition } from '@ledger/domain';
import { JsonLdNode, ledgerIri } from './dpv-context';

/** A purpose of the catalogue: the agency's own, so a `dpv:Purpose` named by its id and described. */
export function purposeNode(id: string, definition: PurposeDefinition | undefined): JsonLdNode {
  return {
    '@id': ledgerIri('purpose', id),
    '@type': 'dpv:Purpose',
    'dct:identifier': id,
    ...(definition && { 'dct:description': definition.description }),
  };
}

/** A recipient of the catalogue, by id, with its name where the catalogue in force still lists it. */
export function recipientNode(id: string, catalogue: CatalogueIndex): JsonLdNode {
  const recipient = catalogue.recipient(id);
  return {
    '@id': ledgerIri('recipient', id),
    '@type': 'dpv:Recipient',
    'dct:identifier': id,
    ...(recipient && { 'dpv:hasName': recipient.name }),
  };
}

/** The controller the catalogue names, if it names one. */
export function controllerNode(catalogue: CatalogueIndex): JsonLdNode | undefined {
  const controller = catalogue.catalogue.controller;
  if (!controller) return undefined;
  return {
    '@id': 'urn:basis-ledger:controller',
    '@type': 'dpv:DataController',
    'dpv:hasName': controller.name,
    'dpv:hasContact': controller.contact,
  };
}
