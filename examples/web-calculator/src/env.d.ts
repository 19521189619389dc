/// <reference types="vite/client" />

declare module "virtual:suomifi-tokens.css"
