import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes, ThemedApp } from './App';
import { AuthProvider } from './shared/auth/AuthProvider';
import { I18nProvider } from './shared/i18n/I18nProvider';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ThemedApp>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </ThemedApp>
    </I18nProvider>
  </StrictMode>,
);
