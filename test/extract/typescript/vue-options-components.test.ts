/**
 * Vue's options API: a component's `methods` are functions of the component, and `this.load('/api/x')` in any of its
 * functions (hooks, other methods, watchers, arrow functions in them) calls that method, a wrapper call when the method
 * puts its argument in a request. Components written as `export default {…}` (also in .vue files), `new Vue({…})`,
 * `Vue.component(…, {…})` and `defineComponent({…})`. Before, a method's parameters were unknown values and such calls
 * were not reported. Also: `this.get('/users')` in a class with a method `get` (a verb name) calls that method, and
 * jQuery's `type: 'POST'` is the method. Fixture: fixtures/extract/typescript/vue-options-components.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Vue options-API components', () => {
  it("reports calls of a component's wrapper methods through this", async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/vue-options-components'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url).join(' | ')}`)).toEqual([
      'TodoList.vue:17 axios GET /api/todos | /api/me | /api/todos?filter={default.filter}',
      'TodoList.vue:20 wrapper:this.fetchJson GET /api/todos',
      'TodoList.vue:24 wrapper:this.fetchJson GET /api/me',
      'TodoList.vue:28 wrapper:this.fetchJson GET /api/todos?filter={default.filter}',
      'legacy.js:6 jquery POST /api/items',
      'legacy.js:9 wrapper:this.post POST /api/items',
      'widget.ts:7 fetch GET /api/widget',
      'widget.ts:10 fetch GET /api/status',
      'widget.ts:14 wrapper:this.get GET /api/widget',
    ]);
  });
});
