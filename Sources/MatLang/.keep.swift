// MatLang
