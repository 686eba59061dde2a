import { RoleName } from '../support/ledger-harness';

const ALL: RoleName[] = ['system', 'operator', 'dpo', 'auditor'];
const WRITERS: RoleName[] = ['operator', 'dpo'];
const DPO: RoleName[] = ['dpo'];
const AUDITORS: RoleName[] = ['auditor', 'dpo'];

/** What the routes of sections 6 and 7 refer to: a request, and a restriction of data already disclosed. */
export interface RightsFixture {
  subjectId: string;
  requestId: string;
  restrictionEventId: string;
}

/** One route of contract sections 6 and 7, who may call it (the contract's tables), and a call that succeeds. */
export interface RightsRoute {
  route: string;
  roles: RoleName[];
  request: (f: RightsFixture) => { path: string; body?: object };
  success: number;
}

const at = (f: RightsFixture) => `/v1/subjects/${f.subjectId}`;

export const RIGHTS_ROUTES: RightsRoute[] = [
  {
    route: 'POST /v1/subjects/{subjectId}/requests',
    roles: WRITERS,
    request: (f) => ({ path: `${at(f)}/requests`, body: { right: 'access' } }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/requests/{requestId}/identity',
    roles: WRITERS,
    request: (f) => ({ path: `${at(f)}/requests/${f.requestId}/identity`, body: { method: 'in-person' } }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/requests/{requestId}/extension',
    roles: DPO,
    request: (f) => ({
      path: `${at(f)}/requests/${f.requestId}/extension`,
      body: { reason: 'many requests' },
    }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/requests/{requestId}/completion',
    roles: DPO,
    request: (f) => ({ path: `${at(f)}/requests/${f.requestId}/completion`, body: { outcome: 'granted' } }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/rectifications',
    roles: WRITERS,
    request: (f) => ({ path: `${at(f)}/rectifications`, body: { dataCategories: ['naw'] } }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/disclosures',
    roles: WRITERS,
    request: (f) => ({
      path: `${at(f)}/disclosures`,
      body: { recipientId: 'clients', purpose: 'collection', dataCategories: ['naw'] },
    }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/notifications',
    roles: WRITERS,
    request: (f) => ({
      path: `${at(f)}/notifications`,
      body: { about: f.restrictionEventId, recipientId: 'clients' },
    }),
    success: 201,
  },
  {
    route: 'GET /v1/subjects/{subjectId}/requests',
    roles: AUDITORS,
    request: (f) => ({ path: `${at(f)}/requests` }),
    success: 200,
  },
  {
    route: 'GET /v1/subjects/{subjectId}/recipients',
    roles: AUDITORS,
    request: (f) => ({ path: `${at(f)}/recipients` }),
    success: 200,
  },
  {
    route: 'GET /v1/requests',
    roles: AUDITORS,
    request: () => ({ path: '/v1/requests?status=open' }),
    success: 200,
  },
  {
    route: 'GET /v1/notifications',
    roles: AUDITORS,
    request: () => ({ path: '/v1/notifications?status=pending' }),
    success: 200,
  },
  {
    route: 'GET /v1/notices/due',
    roles: AUDITORS,
    request: () => ({ path: '/v1/notices/due' }),
    success: 200,
  },
  {
    route: 'GET /v1/erasures/due',
    roles: AUDITORS,
    request: () => ({ path: '/v1/erasures/due' }),
    success: 200,
  },
  {
    route: 'GET /v1/suppressions/{ref}',
    roles: ALL,
    request: () => ({ path: '/v1/suppressions/hmac-sha256:5f1c9a' }),
    success: 200,
  },
];
