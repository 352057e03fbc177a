// The response's CSP nonce, handed from entry.server to the document's <Scripts> (empty in the browser).
import { createContext, useContext } from "react";

export const NonceContext = createContext<string | undefined>(undefined);
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
