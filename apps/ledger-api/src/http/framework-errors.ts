import { STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import { refuse } from '@ledger/domain';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem, toProblem } from '../problems/problem-details.filter';
import { RefusalException } from '../problems/refusal.exception';
import { ANSWER_HEADERS } from './security-headers';
import { REQUEST_ID_HEADER } from './x-request-id';

/** Fastify's refusals of a path it cannot route: for the ledger, a path parameter that is not valid. */
const BAD_PATH = new Set(['FST_ERR_BAD_URL', 'FST_ERR_MAX_PARAM_LENGTH']);

/**
 * Fastify answers some requests before any route (and so before Nest's filter) runs: a path that is not
 * valid percent-encoding, or a path parameter over the routing limit. They are answered as problems too,
 * with the request's id.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const refused = BAD_PATH.has(error.code)
    ? new RefusalException(
        refuse('VALIDATION_FAILED', 'the path is not valid', [{ field: 'path', message: 'is not valid' }]),
      )
    : error;
  // No route's hooks run for these: the id and the headers of every answer are set here.
  void reply.headers(ANSWER_HEADERS).header(REQUEST_ID_HEADER, request.id);
  sendProblem(reply, toProblem(refused));
}

/** The headers of every answer as header lines, for the answers written on the socket. */
const RAW_ANSWER_HEADERS = Object.entries(ANSWER_HEADERS)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');

/**
 * Requests that are not HTTP enough to reach Fastify (headers too large, a malformed request line) are
 * answered on the socket by Node; this answers them as problems as well, then closes the connection.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(toProblem({ statusCode: status }));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n${RAW_ANSWER_HEADERS}` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
