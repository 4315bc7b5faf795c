/**
 * Goal: `canopy --help` and every command's `--help` answer the three questions a user has at the
 * prompt: how is it used (examples), what do the exit codes mean, and where is the manual. Method:
 * programHelp and commandHelp for every command the program defines; the example commands are checked
 * to name the command they illustrate.
 */
import assert from 'node:assert/strict';
import { commandHelp, programHelp } from '../../../src/cli/help.js';

const COMMANDS = ['start', 'get', 'put', 'merge', 'delete', 'patch', 'rpc', 'watch', 'status'];
const CLIENT_COMMANDS = COMMANDS.filter((c) => c !== 'start');

describe('cli: help', () => {
  it('the program help has an example of every command, the exit codes and the docs', () => {
    const text = programHelp('/opt/canopy/docs');
    for (const command of COMMANDS) {
      assert.match(text, new RegExp(`^  canopy ${command}\\b`, 'm'), command);
    }
    for (const code of ['0', '1', '2', '3']) assert.match(text, new RegExp(`^  ${code}  \\S`, 'm'));
    assert.match(text, /Documentation: \/opt\/canopy\/docs\/OPERATIONS\.md/);
  });

  it("each command's help has its own examples, the exit codes and the docs", () => {
    for (const command of COMMANDS) {
      const text = commandHelp(command, 'docs');
      assert.match(text, /^Examples:\n {2}\S/m, command);
      const examples = text.split('\n').filter((l) => /^ {2}(canopy|curl) /.test(l));
      assert.ok(examples.length > 0, command);
      for (const line of examples) {
        assert.match(line, new RegExp(`canopy ${command}\\b`), `${command}: ${line}`);
      }
      assert.match(text, /^Exit codes:\n {2}0 {2}done$/m, command);
      assert.match(text, /^ {2}3 {2}no answer from the member/m, command);
      assert.match(text, /Documentation: docs\/OPERATIONS\.md/, command);
    }
  });

  it('without docs/ on this machine (the npm package), help points to the source repository', () => {
    for (const text of [programHelp(undefined), commandHelp('watch', undefined)]) {
      assert.match(
        text,
        /^Documentation: docs\/OPERATIONS\.md .*\n.*in the canopy source repository\.$/m,
      );
      assert.doesNotMatch(text, /undefined/);
    }
  });

  it('the client commands say how the member is found and how a body is given', () => {
    for (const command of CLIENT_COMMANDS) {
      assert.match(commandHelp(command, 'docs'), /--url http:\/\/HOST:PORT/, command);
    }
    assert.doesNotMatch(commandHelp('start', 'docs'), /--url http:\/\/HOST:PORT/);
  });
});
