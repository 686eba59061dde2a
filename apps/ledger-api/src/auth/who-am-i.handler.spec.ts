import { WhoAmIHandler } from './who-am-i.handler';
import { WhoAmIQuery } from './who-am-i.query';

describe('WhoAmIHandler', () => {
  it('execute_AnswersTheKeysNameAndRole_AndNothingElse', async () => {
    const caller = { name: 'the-dpo', role: 'dpo', secret: 'never-answered' };
    expect(await new WhoAmIHandler().execute(new WhoAmIQuery({ caller }))).toEqual({
      name: 'the-dpo',
      role: 'dpo',
    });
  });
});
