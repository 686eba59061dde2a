import { Answer } from './http-test-caller';

/**
 * The body of a command's `201`; any other answer fails the test there, showing the ledger's problem, so a
 * scenario's set-up cannot be refused unnoticed.
 */
export async function accepted<T = any>(answer: Promise<Answer<T>>): Promise<T> {
  const { status, body } = await answer;
  if (status !== 201) throw new Error(`the ledger refused a command: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** A refusal as the contract's tables name it: status and code. */
export const refusal = (answer: Answer) => ({ status: answer.status, code: answer.body?.code });
