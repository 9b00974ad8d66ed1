// The one PPB-file test lives in the protocol: the editor, the server and the CLI share it.
export { isPpbFileName, PPB_GLOB } from '../protocol/ppb-files';
