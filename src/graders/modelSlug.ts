/**
 * A model as OpenAI's API names it (`gpt-4o-mini`) goes to the built-in `openai`
 * provider; a `<provider>/<model>` slug goes where Assay's provider config says.
 */
export function modelSlugOf(model: string): string {
  return model.includes('/') ? model : `openai/${model}`;
}
