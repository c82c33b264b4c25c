// What a model id may look like in a URL parameter. Ids hold slashes and colons, and arena keys
// even spaces and parentheses ("lmarena:gemini-2.5-flash-image-preview (nano-banana)"); commas
// separate ids in a list, and markup characters never belong in one.

export const MODEL_ID = /^[^\s<>"`,\p{Cc}]([^<>"`,\p{Cc}]*[^\s<>"`,\p{Cc}])?$/u;
