import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './App'
import { KeeperContext } from './components/share/keeperContext'
import { startPlayground } from './store/persistStart'
import './styles/app.css'
import { registerServiceWorker } from './ui/share/serviceWorker'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

// The link in the address, else the saved work, else the demo.
const { store, keeper } = await startPlayground()

createRoot(root).render(
  <StrictMode>
    <KeeperContext value={keeper}>
      <App store={store} />
    </KeeperContext>
  </StrictMode>,
)

registerServiceWorker()
