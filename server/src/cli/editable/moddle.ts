/** An element of the BPMN meta-model: its type, and its properties by their BPMN names. */
export interface ModdleElement {
  readonly $type: string;
  readonly id?: string;
  readonly [property: string]: unknown;
}

export interface ModdleReadResult {
  readonly rootElement: ModdleElement;
  /** What bpmn-moddle could not read: unknown elements or attributes, unresolved references. */
  readonly warnings: readonly { readonly message: string }[];
  readonly elementsById: Readonly<Record<string, ModdleElement>>;
}

/** The little of bpmn-moddle PPB uses: make BPMN elements, write them as XML, read XML back. */
export interface Moddle {
  create(type: string, properties?: Record<string, unknown>): ModdleElement;
  toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
  fromXML(xml: string, typeName?: string): Promise<ModdleReadResult>;
}

/** A bpmn-moddle instance; the package is ESM only, so it comes by `import()` into this CommonJS program. */
export async function bpmnModdle(): Promise<Moddle> {
  const { BpmnModdle } = (await import('bpmn-moddle')) as { BpmnModdle: new () => Moddle };
  return new BpmnModdle();
}
