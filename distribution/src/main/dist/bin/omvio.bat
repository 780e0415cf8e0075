@echo off
rem omvio, the OpenMV stream tool, on Java 17 or later: %JAVA_HOME%\bin\java.exe, else the java
rem found on PATH. JAVA_OPTS passes options to the JVM. Everything in ..\lib goes on the module
rem path, as the repository's ./omvio does.
setlocal
set "OMVIO_HOME=%~dp0.."
set "JAVA_EXE=java.exe"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA_EXE%" goto badJavaHome
if not defined JAVA_HOME where /q java.exe || goto noJava

"%JAVA_EXE%" %JAVA_OPTS% --module-path "%OMVIO_HOME%\lib" --module dev.omvio.distribution/dev.omvio.cli.Omvio %*
exit /b %ERRORLEVEL%

:badJavaHome
echo omvio: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe; set it to a Java 17 or later 1>&2
exit /b 2

:noJava
echo omvio: no Java found: install Java 17 or later, or set JAVA_HOME 1>&2
exit /b 2
