import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples';

// The API answers on the same origin as this page, which is served at /playground.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href });

const root = document.getElementById('playground');
if (!root) throw new Error('The page has no #playground element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility>
      <GraphiQL.Logo>Mujtama · مجتمع</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
