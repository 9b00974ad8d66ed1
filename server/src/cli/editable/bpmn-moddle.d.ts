// bpmn-moddle (v10, ESM) ships no declarations for its entry: its module is typed where it is
// loaded, by the little PPB uses (moddle.ts), so the tests that read BPMN back share those types.
declare module 'bpmn-moddle';
