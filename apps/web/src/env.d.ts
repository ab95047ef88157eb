// Vite imports the stylesheet; TypeScript only needs to know the module exists.
declare module '*.css';
