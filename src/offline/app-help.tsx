/**
 * The /om sections about the app itself (issue 12): working without a network, installing it on a
 * work laptop (Edge and Chrome), updating, removing it and its stored files, and what is stored.
 * The route composes it; the text is here because it describes how this folder's code behaves.
 */
export function AppHelp() {
  return (
    <>
      <h2 id="utan-natverk">Använda Sekretessguiden utan nätverk</h2>
      <p>
        Öppna Sekretessguiden en gång när du har nätverk. Webbläsaren sparar då hela tjänsten: alla kapitel,
        beslutsguider, lagrum och sökningen. Sedan fungerar den utan nätverk i samma webbläsare, till exempel på tåget
        eller i en lokal utan täckning. När du är offline står det överst på sidan, med datumet för innehållet du ser.
      </p>
      <p>
        Rensar din webbläsare sparade data när du loggar ut, försvinner den sparade kopian. Fråga i så fall er
        IT-avdelning om Sekretessguiden kan undantas.
      </p>

      <h2 id="installera">Installera som app på jobbdatorn</h2>
      <p>
        Som app öppnas Sekretessguiden i ett eget fönster och går att starta från Start-menyn. Det behövs inga
        administratörsrättigheter, men er IT-avdelning kan ha stängt av möjligheten.
      </p>
      <ul>
        <li>
          <strong>Microsoft Edge:</strong> klicka på ikonen <em>App tillgänglig</em> längst till höger i adressfältet och
          välj <em>Installera</em>. Syns ingen ikon: öppna menyn <em>…</em> och välj <em>Appar</em> och sedan{' '}
          <em>Installera den här webbplatsen som en app</em>.
        </li>
        <li>
          <strong>Google Chrome:</strong> klicka på installationsikonen längst till höger i adressfältet och välj{' '}
          <em>Installera</em>. Syns ingen ikon: öppna menyn <em>⋮</em>, välj <em>Casta, spara och dela</em> och sedan
          installera sidan som app.
        </li>
      </ul>

      <h2 id="uppdatera">Uppdatera</h2>
      <p>
        När det finns en ny version står det <em>En ny version av Sekretessguiden finns</em> överst på sidan. Välj{' '}
        <em>Uppdatera nu</em> när det passar dig. Ingenting byts ut utan att du väljer det. Är du mitt i en
        beslutsguide väntar meddelandet tills du har fått resultatet eller lämnat guiden. Stänger du alla fönster med
        Sekretessguiden får du den nya versionen nästa gång du öppnar den.
      </p>

      <h2 id="ta-bort">Ta bort appen och dess sparade filer</h2>
      <ul>
        <li>
          <strong>Microsoft Edge:</strong> öppna appen, öppna menyn <em>…</em> och välj <em>Appinställningar</em> och{' '}
          <em>Avinstallera</em>. Kryssa i att även data ska rensas.
        </li>
        <li>
          <strong>Google Chrome:</strong> öppna appen, öppna menyn <em>⋮</em> och välj{' '}
          <em>Avinstallera Sekretessguiden</em>. Kryssa i att även data ska rensas.
        </li>
        <li>
          <strong>Utan installerad app:</strong> klicka på symbolen till vänster om adressen i adressfältet, välj
          webbplatsens inställningar eller <em>Cookies och webbplatsdata</em> och ta bort webbplatsens data.
        </li>
      </ul>

      <h2 id="dina-uppgifter">Dina uppgifter</h2>
      <p>
        Tjänsten frågar aldrig efter namn eller personnummer och har inga fritextfält. Svaren i en beslutsguide finns
        bara i adressfältet och i webbläsarens minne medan sidan är öppen. Adressen sparas i webbläsarens historik, som
        alla adresser du besöker. Skriv därför aldrig in uppgifter om en person i adressfältet.
      </p>
      <p>
        Det enda tjänsten sparar på din dator är sina egna filer – samma sidor, bilder och sökregister som alla får –
        så att den fungerar utan nätverk. Där finns inget om dig eller om dem du arbetar med. Medan fliken är öppen minns
        webbläsaren också var på sidan du var, så att bakåtknappen hamnar rätt. Tjänsten använder inga kakor, samlar
        ingen statistik och skickar inga uppgifter någonstans. Den hämtar ingenting från andra webbplatser; länkar till
        lagtext hos andra öppnas bara om du klickar på dem.
      </p>
    </>
  );
}
